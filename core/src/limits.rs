//! Attempts counted in the database, so that every node behind a balancer sees the same
//! count (sign-ins, sign-ups and resets per IP, mails per address, Open311 filings per API
//! key and per filer). The budget is the generic cell rate algorithm's, as the in-memory
//! limiter of a single node counts it: `per_hour` attempts at once, then one more every
//! `1/per_hour` of an hour.

use std::time::Duration;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::db::{write_transaction, Db};
use crate::error::DbResult;
use crate::schema::rate_limits;

const HOUR_MS: i64 = 3_600_000;

/// Counts one attempt of `key` against its budget of `per_hour` attempts in `bucket`:
/// `Ok(Err(wait))` when the budget is spent, with the time until the next attempt counts.
/// A refused attempt does not use up the budget.
pub fn hit(
    conn: &mut Db,
    bucket: &str,
    key: &str,
    per_hour: u32,
    now: NaiveDateTime,
) -> DbResult<Result<(), Duration>> {
    match count(conn, bucket, key, per_hour, now) {
        // Another node counted this key's first attempt at the same moment: count again,
        // against its row.
        Err(DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => {
            Ok(count(conn, bucket, key, per_hour, now)?)
        }
        counted => Ok(counted?),
    }
}

fn count(
    conn: &mut Db,
    bucket: &str,
    key: &str,
    per_hour: u32,
    now: NaiveDateTime,
) -> Result<Result<(), Duration>, DieselError> {
    let now = now.and_utc().timestamp_millis();
    let budget = i64::from(per_hour.max(1));
    let interval = HOUR_MS / budget;
    let this = rate_limits::table.find((bucket, key));
    write_transaction(conn, |c| {
        // Takes the row's lock (PostgreSQL) before reading it: two nodes counting the same
        // key at once count one after the other.
        let known = diesel::update(this)
            .set(rate_limits::tat.eq(rate_limits::tat))
            .execute(c)?
            > 0;
        let tat = match known {
            true => this.select(rate_limits::tat).first(c)?,
            false => now,
        };
        let next = tat.max(now) + interval;
        let ahead = next - now - interval * budget;
        if ahead > 0 {
            return Ok(Err(Duration::from_millis(ahead as u64)));
        }
        if known {
            diesel::update(this)
                .set(rate_limits::tat.eq(next))
                .execute(c)?;
        } else {
            diesel::insert_into(rate_limits::table)
                .values((
                    rate_limits::bucket.eq(bucket),
                    rate_limits::key.eq(key),
                    rate_limits::tat.eq(next),
                ))
                .execute(c)?;
        }
        Ok(Ok(()))
    })
}

/// Forgets the keys whose budget is whole again; their rows say nothing any more.
pub fn forget_spent(conn: &mut Db, now: NaiveDateTime) -> DbResult<usize> {
    let now = now.and_utc().timestamp_millis();
    Ok(diesel::delete(rate_limits::table.filter(rate_limits::tat.le(now))).execute(conn)?)
}
