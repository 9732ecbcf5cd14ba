//! Keys for applications that file through the Open311 API. A key is a random token shown
//! once; the database keeps its digest, like every other secret token in Kenes.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::accounts::tokens;
use crate::db::Db;
use crate::error::DbError;
use crate::schema::api_keys;

/// Makes a key for the application `name`; returns the key (shown once).
pub fn create(conn: &mut Db, name: &str, now: NaiveDateTime) -> Result<String, DbError> {
    let key = tokens::new_token();
    diesel::insert_into(api_keys::table)
        .values((
            api_keys::name.eq(name.trim()),
            api_keys::key_hash.eq(tokens::digest(&key)),
            api_keys::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(key)
}

/// The application a key belongs to, if the key is known and not revoked.
pub fn check(conn: &mut Db, key: &str) -> Result<Option<String>, DbError> {
    if key.trim().is_empty() {
        return Ok(None);
    }
    Ok(api_keys::table
        .filter(api_keys::key_hash.eq(tokens::digest(key.trim())))
        .filter(api_keys::revoked_at.is_null())
        .select(api_keys::name)
        .first(conn)
        .optional()?)
}

pub fn revoke(conn: &mut Db, name: &str, now: NaiveDateTime) -> Result<usize, DbError> {
    Ok(
        diesel::update(api_keys::table.filter(api_keys::name.eq(name)))
            .filter(api_keys::revoked_at.is_null())
            .set(api_keys::revoked_at.eq(now))
            .execute(conn)?,
    )
}
