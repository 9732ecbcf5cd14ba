//! The second factor: TOTP (RFC 6238: SHA-1, 6 digits, 30 s) with one-time recovery codes.
//! A code is accepted once: the last used time step is stored, so a replayed code fails.
//! Seeds are stored sealed (`sealed`): a copy of the database alone makes no codes.

use crate::error::{Error, Result};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use totp_rs::{Algorithm, Secret, TOTP};

use super::sealed::{Opened, Sealer};
use super::tokens;
use crate::audit::{self, Client};
use crate::db::Db;
use crate::schema::{recovery_codes, users};

const ISSUER: &str = "Kenes";
pub const RECOVERY_CODES: usize = 10;

fn totp(secret_b32: &str, account: &str) -> Result<TOTP> {
    let bytes = Secret::Encoded(secret_b32.to_owned())
        .to_bytes()
        .map_err(|_| Error::SecondFactorInvalid)?;
    // One step of clock skew either way.
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        30,
        bytes,
        Some(ISSUER.into()),
        account.into(),
    )
    .map_err(|_| Error::SecondFactorInvalid)
}

/// What the enrolment page shows: the secret to type in, and the `otpauth://` link that
/// opens an authenticator app on the same phone.
#[derive(Debug, Clone)]
pub struct Enrolment {
    pub secret: String,
    pub uri: String,
}

/// Starts (or restarts) enrolment with a fresh secret; the second factor is not on until
/// [`confirm`] sees a valid code.
pub fn begin(conn: &mut Db, sealer: &Sealer, user_id: i64) -> Result<Enrolment> {
    let (email, enabled): (String, Option<NaiveDateTime>) = users::table
        .find(user_id)
        .select((users::email, users::totp_enabled_at))
        .first(conn)?;
    if enabled.is_some() {
        return Err(Error::SecondFactorInvalid);
    }
    let secret = Secret::generate_secret().to_encoded().to_string();
    diesel::update(users::table.find(user_id))
        .set(users::totp_secret.eq(sealer.seal(&secret)))
        .execute(conn)?;
    let uri = totp(&secret, &email)?.get_url();
    Ok(Enrolment { secret, uri })
}

/// The enrolment begun but not yet confirmed, to show again after a mistyped code.
pub fn pending(conn: &mut Db, sealer: &Sealer, user_id: i64) -> Result<Option<Enrolment>> {
    let Some((email, Opened { plain: secret, .. })) = unconfirmed(conn, sealer, user_id)? else {
        return Ok(None);
    };
    let uri = totp(&secret, &email)?.get_url();
    Ok(Some(Enrolment { secret, uri }))
}

/// The account's address and its opened seed, while an enrolment is begun and not confirmed.
fn unconfirmed(conn: &mut Db, sealer: &Sealer, user_id: i64) -> Result<Option<(String, Opened)>> {
    let (email, secret, enabled): (String, Option<String>, Option<NaiveDateTime>) = users::table
        .find(user_id)
        .select((users::email, users::totp_secret, users::totp_enabled_at))
        .first(conn)?;
    // A seed sealed under a server secret since forgotten cannot be used: enrol afresh.
    Ok(match (secret.and_then(|s| sealer.open(&s)), enabled) {
        (Some(opened), None) => Some((email, opened)),
        _ => None,
    })
}

fn step(now: NaiveDateTime) -> i64 {
    now.and_utc().timestamp() / 30
}

/// Checks `code` against the secret, allowing one step of skew, refusing steps already used.
/// Returns the step that matched.
fn check_code(
    secret: &str,
    email: &str,
    code: &str,
    last_step: Option<i64>,
    now: NaiveDateTime,
) -> Option<i64> {
    let totp = totp(secret, email).ok()?;
    let code = code.trim().replace(' ', "");
    let now_step = step(now);
    (now_step - 1..=now_step + 1)
        .find(|s| last_step.is_none_or(|last| *s > last) && totp.generate((*s * 30) as u64) == code)
}

/// Turns the second factor on, signs out the user's other sessions (all but `keep`), and
/// returns the recovery codes (shown once; only their digests are kept).
pub fn confirm(
    conn: &mut Db,
    sealer: &Sealer,
    user_id: i64,
    code: &str,
    keep: Option<&str>,
    client: &Client,
    now: NaiveDateTime,
) -> Result<Vec<String>> {
    crate::db::write_transaction(conn, |conn| {
        let (email, secret) =
            unconfirmed(conn, sealer, user_id)?.ok_or(Error::SecondFactorInvalid)?;
        let matched =
            check_code(&secret.plain, &email, code, None, now).ok_or(Error::SecondFactorInvalid)?;
        diesel::update(users::table.find(user_id))
            .set((
                users::totp_enabled_at.eq(now),
                users::totp_last_step.eq(matched),
            ))
            .execute(conn)?;
        reseal_if_stale(conn, sealer, user_id, &secret)?;
        diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user_id)))
            .execute(conn)?;
        let codes: Vec<String> = (0..RECOVERY_CODES)
            .map(|_| tokens::new_id()[..12].to_lowercase())
            .collect();
        crate::insert_all!(
            conn,
            recovery_codes,
            codes.iter().map(|c| {
                (
                    recovery_codes::code_hash.eq(tokens::digest(c)),
                    recovery_codes::user_id.eq(user_id),
                )
            })
        )?;
        super::revoke_sessions(conn, user_id, keep, now)?;
        audit::record(conn, Some(user_id), "totp_enabled", None, client, now)?;
        Ok(codes)
    })
}

/// Seals a seed again under the current key when it was opened with an earlier one (or was
/// stored unsealed).
fn reseal_if_stale(conn: &mut Db, sealer: &Sealer, user_id: i64, secret: &Opened) -> Result<()> {
    if secret.stale {
        diesel::update(users::table.find(user_id))
            .set(users::totp_secret.eq(sealer.seal(&secret.plain)))
            .execute(conn)?;
    }
    Ok(())
}

/// Checks a TOTP code or an unused recovery code at sign-in. A seed the server can no longer
/// open (its secret forgotten) leaves the recovery codes.
pub fn verify(
    conn: &mut Db,
    sealer: &Sealer,
    user_id: i64,
    code: &str,
    client: &Client,
    now: NaiveDateTime,
) -> Result<()> {
    crate::db::write_transaction(conn, |conn| {
        let (email, secret, last): (String, Option<String>, Option<i64>) = users::table
            .find(user_id)
            .select((users::email, users::totp_secret, users::totp_last_step))
            .first(conn)?;
        let secret = secret.ok_or(Error::SecondFactorInvalid)?;
        let opened = sealer.open(&secret);
        if let Some((secret, matched)) = opened.and_then(|secret| {
            let matched = check_code(&secret.plain, &email, code, last, now)?;
            Some((secret, matched))
        }) {
            diesel::update(users::table.find(user_id))
                .set(users::totp_last_step.eq(matched))
                .execute(conn)?;
            reseal_if_stale(conn, sealer, user_id, &secret)?;
            return Ok(());
        }
        let used = diesel::update(
            recovery_codes::table
                .find(tokens::digest(code.trim().to_lowercase().as_str()))
                .filter(recovery_codes::user_id.eq(user_id))
                .filter(recovery_codes::used_at.is_null()),
        )
        .set(recovery_codes::used_at.eq(now))
        .execute(conn)?;
        if used == 1 {
            audit::record(conn, Some(user_id), "recovery_code_used", None, client, now)?;
            return Ok(());
        }
        audit::record(
            conn,
            Some(user_id),
            "second_factor_failed",
            None,
            client,
            now,
        )?;
        Err(Error::SecondFactorInvalid)
    })
}

/// Seals every seed stored before sealing existed (run at start-up); returns how many.
pub fn seal_unsealed(conn: &mut Db, sealer: &Sealer) -> crate::error::DbResult<usize> {
    let seeds: Vec<(i64, String)> = users::table
        .filter(users::totp_secret.is_not_null())
        .select((users::id, users::totp_secret.assume_not_null()))
        .load(conn)?;
    let mut sealed = 0;
    for (id, seed) in seeds.into_iter().filter(|(_, s)| !Sealer::is_sealed(s)) {
        diesel::update(users::table.find(id))
            .set(users::totp_secret.eq(sealer.seal(&seed)))
            .execute(conn)?;
        sealed += 1;
    }
    Ok(sealed)
}

/// The current code for a secret (tests, and the enrolment self-check).
pub fn code_at(secret: &str, now: NaiveDateTime) -> String {
    totp(secret, "x")
        .map(|t| t.generate((step(now) * 30) as u64))
        .unwrap_or_default()
}
