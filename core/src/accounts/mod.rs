//! Accounts: sign-up with e-mail verification, sign-in, sessions with rotating refresh
//! tokens, sign-out (one or all sessions) and password reset.
//!
//! Everything a flow changes, including its mail ([`AccountMail`]), is one transaction.

pub mod api_keys;
pub mod jwt;
pub mod password;
pub mod personal_data;
pub mod roles;
pub mod sealed;
pub mod tokens;
pub mod totp;

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use kenes_i18n::Locale;

use crate::audit::{self, Client};
use crate::db::Db;
use crate::error::{Error, FieldError, Result};
use crate::mail::{self, MailDraft, Site};
use crate::schema::{email_tokens, login_failures, sessions, users};

pub const REFRESH_TTL: Duration = Duration::days(30);
pub const VERIFY_TTL: Duration = Duration::hours(48);
pub const RESET_TTL: Duration = Duration::hours(1);

crate::names::string_enum!(
    /// What a one-time link mailed to an address is for; a link for one never does the other.
    Purpose {
        Verify = "verify",
        Reset = "reset",
    }
);

impl Purpose {
    /// How long a mailed link works: a reset link is short-lived, it opens the account.
    fn lifetime(self) -> Duration {
        match self {
            Purpose::Verify => VERIFY_TTL,
            Purpose::Reset => RESET_TTL,
        }
    }
}
pub const MAX_FAILURES_PER_HOUR: i64 = 100;
pub const DISPLAY_NAME_MAX: usize = 80;
pub const EMAIL_MAX: usize = 254;

#[derive(Debug, Clone, Queryable)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub email_verified_at: Option<NaiveDateTime>,
    pub password_hash: String,
    pub display_name: String,
    pub locale: Locale,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub legal_name: Option<String>,
    pub totp_secret: Option<String>,
    pub totp_enabled_at: Option<NaiveDateTime>,
    pub totp_last_step: Option<i64>,
    /// An account of the demo's people: no password opens it.
    pub is_demo: bool,
}

/// Mails the account flows send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountMail<'a> {
    /// `next`: where the reader was going (a path on the site); the link leads back there.
    Verify {
        token: &'a str,
        next: Option<&'a str>,
    },
    AlreadyRegistered,
    Reset {
        token: &'a str,
    },
    PasswordChanged,
}

impl AccountMail<'_> {
    /// The mail in a locale, with its link.
    pub fn render(self, site: &Site, locale: Locale) -> MailDraft {
        let (key, link) = match self {
            AccountMail::Verify { token, next } => {
                let back = next.map_or(String::new(), |n| {
                    format!("&next={}", urlencoding::encode(n))
                });
                ("mail-verify", format!("/verify?token={token}{back}"))
            }
            AccountMail::AlreadyRegistered => ("mail-existing", "/reset".to_owned()),
            AccountMail::Reset { token } => ("mail-reset", format!("/reset/confirm?token={token}")),
            AccountMail::PasswordChanged => return MailDraft::render(locale, "mail-changed", &[]),
        };
        MailDraft::render(locale, key, &[("link", site.link(&link))])
    }

    /// Queues the mail to `to` in their language, in the caller's transaction.
    fn queue(
        self,
        conn: &mut Db,
        to: &str,
        locale: Locale,
        site: &Site,
        now: NaiveDateTime,
    ) -> crate::error::DbResult<()> {
        mail::enqueue(conn, to, &self.render(site, locale), now)
    }
}

pub fn normalize_email(input: &str) -> Option<String> {
    let email = input.trim().to_lowercase();
    (email.len() <= EMAIL_MAX && email_address::EmailAddress::is_valid(&email)).then_some(email)
}

/// The account registered under `email`, however it was typed: its id and language.
pub fn by_email(conn: &mut Db, email: &str) -> crate::error::DbResult<Option<(i64, Locale)>> {
    let Some(email) = normalize_email(email) else {
        return Ok(None);
    };
    Ok(users::table
        .filter(users::email.eq(email))
        .select((users::id, users::locale))
        .first(conn)
        .optional()?)
}

/// A display name is required and short enough for a header on a phone.
fn check_display_name(name: &str) -> Option<FieldError> {
    let code = if name.is_empty() {
        "name-required"
    } else if name.chars().count() > DISPLAY_NAME_MAX {
        "name-too-long"
    } else {
        return None;
    };
    Some(FieldError::new("display_name", code))
}

#[derive(Debug, Clone)]
pub struct SignUp {
    pub email: String,
    pub display_name: String,
    pub password: String,
    pub locale: String,
    /// Where the reader was going when they signed up (a path on this site): the
    /// verification link leads back there.
    pub next: Option<String>,
}

/// A path on this site that a mailed link may carry: `/` and then no second slash, no
/// scheme, no backslash (which some browsers read as a slash).
fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.contains("://")
        && path.len() <= 200
}

/// Validates and creates an unverified account, and queues the verification mail. An
/// address that already has an account gets a notice instead, and the caller sees the same
/// outcome either way, so sign-up does not reveal who is registered.
pub fn sign_up(
    conn: &mut Db,
    input: &SignUp,
    client: &Client,
    site: &Site,
    now: NaiveDateTime,
) -> Result<()> {
    let mut errors = Vec::new();
    let email = normalize_email(&input.email);
    if email.is_none() {
        errors.push(FieldError::new("email", "email-invalid"));
    }
    let name = input.display_name.trim();
    errors.extend(check_display_name(name));
    if let Err(e) = password::check_policy(&input.password) {
        errors.push(FieldError::new("password", e));
    }
    let locale = Locale::from_code(&input.locale).unwrap_or(Locale::Kk);
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return Err(Error::Invalid(errors));
    };
    let hash = password::hash(&input.password);

    crate::db::write_transaction(conn, |conn| {
        if let Some((id, their_locale)) = by_email(conn, &email)? {
            AccountMail::AlreadyRegistered.queue(conn, &email, their_locale, site, now)?;
            audit::record(conn, Some(id), "sign_up_existing", None, client, now)?;
            return Ok(());
        }
        let id: i64 = diesel::insert_into(users::table)
            .values((
                users::email.eq(&email),
                users::password_hash.eq(&hash),
                users::display_name.eq(name),
                users::locale.eq(locale),
                users::created_at.eq(now),
                users::updated_at.eq(now),
            ))
            .returning(users::id)
            .get_result(conn)?;
        let token = new_email_token(conn, id, Purpose::Verify, now)?;
        let next = input.next.as_deref().filter(|n| is_local_path(n));
        AccountMail::Verify {
            token: &token,
            next,
        }
        .queue(conn, &email, locale, site, now)?;
        audit::record(conn, Some(id), "sign_up", None, client, now)?;
        Ok(())
    })
}

fn new_email_token(
    conn: &mut Db,
    user_id: i64,
    purpose: Purpose,
    now: NaiveDateTime,
) -> Result<String> {
    let token = tokens::new_token();
    diesel::insert_into(email_tokens::table)
        .values((
            email_tokens::token_hash.eq(tokens::digest(&token)),
            email_tokens::user_id.eq(user_id),
            email_tokens::purpose.eq(purpose),
            email_tokens::created_at.eq(now),
            email_tokens::expires_at.eq(now + purpose.lifetime()),
        ))
        .execute(conn)?;
    Ok(token)
}

/// Marks a one-time token used and returns its user, if it is valid for `purpose`.
fn consume_email_token(
    conn: &mut Db,
    token: &str,
    purpose: Purpose,
    now: NaiveDateTime,
) -> Result<i64> {
    let used = diesel::update(
        email_tokens::table
            .find(tokens::digest(token))
            .filter(email_tokens::purpose.eq(purpose))
            .filter(email_tokens::used_at.is_null())
            .filter(email_tokens::expires_at.gt(now)),
    )
    .set(email_tokens::used_at.eq(now))
    .returning(email_tokens::user_id)
    .get_result::<i64>(conn)
    .optional()?;
    used.ok_or(Error::TokenInvalid)
}

pub fn verify_email(
    conn: &mut Db,
    token: &str,
    client: &Client,
    now: NaiveDateTime,
) -> Result<i64> {
    crate::db::write_transaction(conn, |conn| {
        let user_id = consume_email_token(conn, token, Purpose::Verify, now)?;
        diesel::update(users::table.find(user_id))
            .set((users::email_verified_at.eq(now), users::updated_at.eq(now)))
            .execute(conn)?;
        audit::record(conn, Some(user_id), "email_verified", None, client, now)?;
        Ok(user_id)
    })
}

/// A new session as the browser will hold it: the id goes into access tokens, the refresh
/// token into a cookie (only its digest is stored).
#[derive(Debug, Clone)]
pub struct IssuedSession {
    pub user_id: i64,
    pub session_id: String,
    pub refresh_token: String,
    pub expires_at: NaiveDateTime,
}

fn open_session(
    conn: &mut Db,
    user_id: i64,
    client: &Client,
    now: NaiveDateTime,
) -> Result<IssuedSession> {
    let session_id = tokens::new_id();
    let refresh_token = tokens::new_token();
    let expires_at = now + REFRESH_TTL;
    diesel::insert_into(sessions::table)
        .values((
            sessions::id.eq(&session_id),
            sessions::user_id.eq(user_id),
            sessions::refresh_hash.eq(tokens::digest(&refresh_token)),
            sessions::created_at.eq(now),
            sessions::refreshed_at.eq(now),
            sessions::expires_at.eq(expires_at),
            sessions::ip.eq(client.ip.as_deref()),
            sessions::user_agent.eq(client.user_agent.as_deref()),
        ))
        .execute(conn)?;
    Ok(IssuedSession {
        user_id,
        session_id,
        refresh_token,
        expires_at,
    })
}

pub fn sign_in(
    conn: &mut Db,
    email: &str,
    password_input: &str,
    client: &Client,
    now: NaiveDateTime,
) -> Result<SignIn> {
    let user: Option<User> = match normalize_email(email) {
        Some(email) => users::table
            .filter(users::email.eq(email))
            .first(conn)
            .optional()?,
        None => None,
    };
    let Some(user) = user else {
        password::verify_dummy(password_input);
        return Err(Error::InvalidCredentials);
    };
    let hour_ago = now - Duration::hours(1);
    let failures: Vec<NaiveDateTime> = login_failures::table
        .filter(login_failures::user_id.eq(user.id))
        .filter(login_failures::at.gt(hour_ago))
        .order(login_failures::at.asc())
        .select(login_failures::at)
        .load(conn)?;
    if failures.len() as i64 >= MAX_FAILURES_PER_HOUR {
        let oldest = failures[0];
        let retry_after_secs = (oldest + Duration::hours(1) - now).num_seconds().max(1);
        audit::record(conn, Some(user.id), "sign_in_locked", None, client, now)?;
        return Err(Error::Locked { retry_after_secs });
    }
    if !password::verify(password_input, &user.password_hash) {
        crate::db::write_transaction(conn, |conn| {
            diesel::insert_into(login_failures::table)
                .values((
                    login_failures::user_id.eq(user.id),
                    login_failures::at.eq(now),
                ))
                .execute(conn)?;
            audit::record(conn, Some(user.id), "sign_in_failed", None, client, now)
        })?;
        return Err(Error::InvalidCredentials);
    }
    if user.email_verified_at.is_none() {
        return Err(Error::NotVerified);
    }
    if user.totp_enabled_at.is_some() {
        return Ok(SignIn::SecondFactor { user_id: user.id });
    }
    complete_sign_in(conn, user.id, client, now).map(SignIn::Session)
}

/// The password was right: either a session, or the second factor is still to be checked.
#[derive(Debug, Clone)]
pub enum SignIn {
    Session(IssuedSession),
    SecondFactor { user_id: i64 },
}

/// Opens the session once every factor has been checked.
pub fn complete_sign_in(
    conn: &mut Db,
    user_id: i64,
    client: &Client,
    now: NaiveDateTime,
) -> Result<IssuedSession> {
    crate::db::write_transaction(conn, |conn| {
        let session = open_session(conn, user_id, client, now)?;
        audit::record(
            conn,
            Some(user_id),
            "sign_in",
            Some(&session.session_id),
            client,
            now,
        )?;
        Ok(session)
    })
}

/// Exchanges a refresh token for a new one in the same session. Presenting a token that
/// was already exchanged means it was copied: the whole session is revoked.
pub fn refresh(
    conn: &mut Db,
    refresh_token: &str,
    client: &Client,
    now: NaiveDateTime,
) -> Result<IssuedSession> {
    enum Outcome {
        Renewed(IssuedSession),
        Revoked,
    }
    let digest = tokens::digest(refresh_token);
    let outcome = crate::db::write_transaction(conn, |conn| {
        let current: Option<(String, i64, NaiveDateTime)> = sessions::table
            .filter(sessions::refresh_hash.eq(&digest))
            .filter(sessions::revoked_at.is_null())
            .filter(sessions::expires_at.gt(now))
            .select((sessions::id, sessions::user_id, sessions::expires_at))
            .first(conn)
            .optional()?;
        if let Some((session_id, user_id, expires_at)) = current {
            let refresh_token = tokens::new_token();
            diesel::update(sessions::table.find(&session_id))
                .set((
                    sessions::refresh_hash.eq(tokens::digest(&refresh_token)),
                    sessions::previous_refresh_hash.eq(Some(&digest)),
                    sessions::refreshed_at.eq(now),
                ))
                .execute(conn)?;
            return Ok(Outcome::Renewed(IssuedSession {
                user_id,
                session_id,
                refresh_token,
                expires_at,
            }));
        }
        let replayed: Option<(String, i64)> = sessions::table
            .filter(sessions::previous_refresh_hash.eq(&digest))
            .filter(sessions::revoked_at.is_null())
            .select((sessions::id, sessions::user_id))
            .first(conn)
            .optional()?;
        // Any reuse ends the session, however soon: a grace window would let a thief who
        // refreshed first keep the session while the owner's refresh is merely refused. Two
        // tabs racing lose nothing a grace window would save: the refused tab's answer clears
        // the shared cookies either way, and access tokens live 15 minutes, so races are rare.
        match replayed {
            Some((session_id, user_id)) => {
                diesel::update(sessions::table.find(&session_id))
                    .set(sessions::revoked_at.eq(now))
                    .execute(conn)?;
                audit::record(
                    conn,
                    Some(user_id),
                    "refresh_reuse_revoked",
                    Some(&session_id),
                    client,
                    now,
                )?;
                Ok(Outcome::Revoked)
            }
            None => Err(Error::SessionInvalid),
        }
    })?;
    match outcome {
        Outcome::Renewed(session) => Ok(session),
        // The revocation is committed; the caller still gets an error.
        Outcome::Revoked => Err(Error::SessionReused),
    }
}

/// The signed-in user of a live session (not revoked, not expired).
pub fn session_user(
    conn: &mut Db,
    session_id: &str,
    now: NaiveDateTime,
) -> crate::DbResult<Option<User>> {
    // Every signed-in request asks this: on the backend's own connection.
    Ok(crate::natively!(conn, |c| sessions::table
        .inner_join(users::table)
        .filter(sessions::id.eq(session_id))
        .filter(sessions::revoked_at.is_null())
        .filter(sessions::expires_at.gt(now))
        .select(users::all_columns)
        .first(c)
        .optional()?))
}

pub fn sign_out(
    conn: &mut Db,
    session_id: &str,
    client: &Client,
    now: NaiveDateTime,
) -> Result<()> {
    crate::db::write_transaction(conn, |conn| {
        let user: Option<i64> = diesel::update(
            sessions::table
                .find(session_id)
                .filter(sessions::revoked_at.is_null()),
        )
        .set(sessions::revoked_at.eq(now))
        .returning(sessions::user_id)
        .get_result(conn)
        .optional()?;
        if let Some(user_id) = user {
            audit::record(
                conn,
                Some(user_id),
                "sign_out",
                Some(session_id),
                client,
                now,
            )?;
        }
        Ok(())
    })
}

/// Revokes every session of the user; returns how many were live.
pub fn sign_out_everywhere(
    conn: &mut Db,
    user_id: i64,
    client: &Client,
    now: NaiveDateTime,
) -> Result<usize> {
    crate::db::write_transaction(conn, |conn| {
        let n = revoke_sessions(conn, user_id, None, now)?;
        audit::record(
            conn,
            Some(user_id),
            "sign_out_everywhere",
            None,
            client,
            now,
        )?;
        Ok(n)
    })
}

/// Ends every open session of the user but `except` (the one they stay signed in with).
pub(crate) fn revoke_sessions(
    conn: &mut Db,
    user_id: i64,
    except: Option<&str>,
    now: NaiveDateTime,
) -> Result<usize> {
    Ok(diesel::update(
        sessions::table
            .filter(sessions::user_id.eq(user_id))
            .filter(sessions::revoked_at.is_null())
            .filter(sessions::id.ne(except.unwrap_or_default())),
    )
    .set(sessions::revoked_at.eq(now))
    .execute(conn)?)
}

/// Queues a reset link if the address has an account; answers the same either way.
pub fn request_password_reset(
    conn: &mut Db,
    email: &str,
    client: &Client,
    site: &Site,
    now: NaiveDateTime,
) -> Result<()> {
    let Some(email) = normalize_email(email) else {
        return Err(Error::invalid("email", "email-invalid"));
    };
    crate::db::write_transaction(conn, |conn| {
        if let Some((id, locale)) = by_email(conn, &email)? {
            let token = new_email_token(conn, id, Purpose::Reset, now)?;
            AccountMail::Reset { token: &token }.queue(conn, &email, locale, site, now)?;
            audit::record(
                conn,
                Some(id),
                "password_reset_requested",
                None,
                client,
                now,
            )?;
        }
        Ok(())
    })
}

/// Sets a new password from a reset link, signs out every session and tells the owner.
pub fn reset_password(
    conn: &mut Db,
    token: &str,
    new_password: &str,
    client: &Client,
    site: &Site,
    now: NaiveDateTime,
) -> Result<()> {
    password::check_policy(new_password).map_err(|code| Error::invalid("password", code))?;
    let hash = password::hash(new_password);
    crate::db::write_transaction(conn, |conn| {
        let user_id = consume_email_token(conn, token, Purpose::Reset, now)?;
        let (email, locale): (String, Locale) = diesel::update(users::table.find(user_id))
            .set((
                users::password_hash.eq(&hash),
                // Reaching the mailbox proves the address too.
                users::email_verified_at.eq(now),
                users::updated_at.eq(now),
            ))
            .returning((users::email, users::locale))
            .get_result(conn)?;
        revoke_sessions(conn, user_id, None, now)?;
        diesel::delete(login_failures::table.filter(login_failures::user_id.eq(user_id)))
            .execute(conn)?;
        AccountMail::PasswordChanged.queue(conn, &email, locale, site, now)?;
        audit::record(conn, Some(user_id), "password_reset", None, client, now)?;
        Ok(())
    })
}

/// What a user may change about themselves.
#[derive(Debug, Clone)]
pub struct Profile {
    pub display_name: String,
    /// Seen only by the staff assigned to the user's grievances; never public.
    pub legal_name: String,
    pub locale: String,
}

/// The name a user shows to others, if the account exists.
pub fn display_name(conn: &mut Db, user_id: i64) -> crate::DbResult<Option<String>> {
    Ok(users::table
        .find(user_id)
        .select(users::display_name)
        .first(conn)
        .optional()?)
}

pub fn profile(conn: &mut Db, user_id: i64) -> crate::DbResult<Profile> {
    let (display_name, legal_name, locale): (String, Option<String>, String) = users::table
        .find(user_id)
        .select((users::display_name, users::legal_name, users::locale))
        .first(conn)?;
    Ok(Profile {
        display_name,
        legal_name: legal_name.unwrap_or_default(),
        locale,
    })
}

pub const LEGAL_NAME_MAX: usize = 200;

pub fn update_profile(
    conn: &mut Db,
    user_id: i64,
    p: &Profile,
    client: &Client,
    now: NaiveDateTime,
) -> Result<()> {
    let mut errors = Vec::new();
    let name = p.display_name.trim();
    errors.extend(check_display_name(name));
    let legal = p.legal_name.trim();
    if legal.chars().count() > LEGAL_NAME_MAX {
        errors.push(FieldError::new("legal_name", "legal-name-too-long"));
    }
    if Locale::from_code(&p.locale).is_none() {
        errors.push(FieldError::new("locale", "locale-invalid"));
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    crate::db::write_transaction(conn, |conn| {
        diesel::update(users::table.find(user_id))
            .set((
                users::display_name.eq(name),
                users::legal_name.eq(Some(legal).filter(|l| !l.is_empty())),
                users::locale.eq(&p.locale),
                users::updated_at.eq(now),
            ))
            .execute(conn)?;
        audit::record(conn, Some(user_id), "profile_updated", None, client, now)?;
        Ok(())
    })
}

/// Changes the password of a signed-in user who knows the current one; every other session
/// is signed out and the owner is told by mail.
#[allow(clippy::too_many_arguments)] // one flow's inputs; a struct would only rename them
pub fn change_password(
    conn: &mut Db,
    user_id: i64,
    current: &str,
    new_password: &str,
    keep_session: &str,
    client: &Client,
    site: &Site,
    now: NaiveDateTime,
) -> Result<()> {
    let u: User = users::table.find(user_id).first(conn)?;
    let mut errors = Vec::new();
    if !password::verify(current, &u.password_hash) {
        errors.push(FieldError::new("current_password", "password-wrong"));
    }
    if let Err(e) = password::check_policy(new_password) {
        errors.push(FieldError::new("password", e));
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    let hash = password::hash(new_password);
    crate::db::write_transaction(conn, |conn| {
        diesel::update(users::table.find(user_id))
            .set((users::password_hash.eq(&hash), users::updated_at.eq(now)))
            .execute(conn)?;
        revoke_sessions(conn, user_id, Some(keep_session), now)?;
        AccountMail::PasswordChanged.queue(conn, &u.email, u.locale, site, now)?;
        audit::record(conn, Some(user_id), "password_changed", None, client, now)?;
        Ok(())
    })
}
