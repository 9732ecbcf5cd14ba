//! Each thread's messages as last read, shared by its readers.
//!
//! A busy thread is read by every reader on every view, and reading and parsing a hundred
//! messages was a fifth of the room page's work. Each change to a thread's messages gives
//! it a new version (`thread_versions`) in the change's own transaction, and a reader takes
//! the kept messages only when their version is the one its own snapshot sees. So a kept
//! thread is never older than what the reader would have read, on any node, and nothing
//! has to be told to forget. A version is drawn at random rather than counted, so that two
//! databases served by one process (the tests do this) never share one. What differs between readers (their own messages, their reports, whose
//! names they may see) is worked out on each view, not kept.

use std::num::NonZeroUsize;
use std::sync::{Arc, LazyLock, Mutex};

use diesel::prelude::*;
use lru::LruCache;

use super::{Message, Venue};
use crate::db::Db;
use crate::error::DbError;
use crate::schema::thread_versions;

/// A thread's messages, with the version they were read at.
struct Kept {
    version: i64,
    rows: Arc<[Message]>,
}

/// Threads nobody reads age out; a few hundred open at once is a busy portal.
static KEPT: LazyLock<Mutex<LruCache<Venue, Kept>>> =
    LazyLock::new(|| Mutex::new(LruCache::new(NonZeroUsize::new(512).expect("not zero"))));

fn kept() -> std::sync::MutexGuard<'static, LruCache<Venue, Kept>> {
    KEPT.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The venue's messages, kept or read by `read` (and then kept).
pub(super) fn rows(
    conn: &mut Db,
    venue: Venue,
    read: impl FnOnce(&mut Db) -> Result<Vec<Message>, DbError>,
) -> Result<Arc<[Message]>, DbError> {
    // A thread never changed since versions began is read, not kept.
    let Some(version) = version(conn, venue)? else {
        return Ok(read(conn)?.into());
    };
    if let Some(k) = kept().get(&venue).filter(|k| k.version == version) {
        return Ok(k.rows.clone());
    }
    let rows: Arc<[Message]> = read(conn)?.into();
    // A slower reader of an older snapshot may put back an older thread: the next reader
    // then finds its version stale and reads again.
    kept().put(
        venue,
        Kept {
            version,
            rows: rows.clone(),
        },
    );
    Ok(rows)
}

/// The thread's version as this connection's snapshot sees it.
fn version(conn: &mut Db, venue: Venue) -> Result<Option<i64>, DbError> {
    let key = venue.key();
    Ok(crate::natively!(conn, |c| thread_versions::table
        .find(&key)
        .select(thread_versions::version)
        .first(c)
        .optional()?))
}

/// Gives the thread a new version: called in the transaction of every change to its
/// messages.
pub(super) fn changed(conn: &mut Db, venue: Venue) -> Result<(), DbError> {
    let key = venue.key();
    let version: i64 = rand::random();
    crate::natively!(conn, |c| diesel::insert_into(thread_versions::table)
        .values((
            thread_versions::venue.eq(&key),
            thread_versions::version.eq(version),
        ))
        .on_conflict(thread_versions::venue)
        .do_update()
        .set(thread_versions::version.eq(version))
        .execute(c)?);
    Ok(())
}
