//! Connections: one diesel `MultiConnection` over SQLite (embedded default) and PostgreSQL
//! (production), pooled with r2d2. The URL scheme of `DATABASE_URL` picks the backend.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::query_dsl::LoadQuery;
use diesel::r2d2::{self, ManageConnection, R2D2Connection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};
use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use crate::error::{DbError, DbResult};

#[derive(diesel::MultiConnection)]
pub enum Db {
    Postgresql(diesel::PgConnection),
    Sqlite(diesel::SqliteConnection),
}

/// Runs a read on the backend's own connection. Through `Db`, diesel writes out a query's
/// SQL again on every run (the `MultiConnection` wrapper serialises it to pass it on),
/// which made a tenth of the room page; the reads every room and dialogue page makes go
/// straight to the backend. The body is compiled once per backend.
#[macro_export]
macro_rules! natively {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::db::Db::Sqlite($c) => $body,
            $crate::db::Db::Postgresql($c) => $body,
        }
    };
}

/// Inserts many rows of `table` in few statements: `insert_all!(conn, table, rows)`, `rows`
/// yielding insertable values (all with the same columns); returns how many were written.
/// Diesel builds a batch insert per backend only, hence `natively!`. A statement takes
/// [`INSERT_BATCH`] rows, so that SQLite's limit on bound values holds whatever the count.
/// Nothing at all is no statement: SQLite would answer the count of the connection's
/// previous one.
#[macro_export]
macro_rules! insert_all {
    ($conn:expr, $table:ident, $rows:expr) => {{
        let rows: Vec<_> = $rows.into_iter().collect();
        'insert: {
            let mut written = 0usize;
            for some in rows.chunks($crate::db::INSERT_BATCH) {
                match $crate::natively!($conn, |c| diesel::insert_into($table::table)
                    .values(some)
                    .execute(c))
                {
                    Ok(n) => written += n,
                    Err(e) => break 'insert Err::<usize, diesel::result::Error>(e),
                }
            }
            Ok(written)
        }
    }};
}

/// Rows a batch insert writes per statement: SQLite binds at most 32,766 values, which
/// holds for up to 32 columns.
pub const INSERT_BATCH: usize = 1_000;

/// Writes a row, or rewrites the non-key columns of the row with the same key:
/// `upsert!(conn, table, (key columns) = (key values), (column.eq(value), ...))`. Both
/// backends have `INSERT ... ON CONFLICT DO UPDATE`; diesel builds it per backend only,
/// hence `natively!`. `changes` names every non-key column the row keeps current.
#[macro_export]
macro_rules! upsert {
    ($conn:expr, $table:ident, ($($key:ident),+) = ($($value:expr),+), $changes:expr) => {{
        let changes = $changes;
        $crate::natively!($conn, |c| diesel::insert_into($table::table)
            .values((($($table::$key.eq($value)),+), changes))
            .on_conflict(($($table::$key),+))
            .do_update()
            .set(changes)
            .execute(c))
    }};
}

impl Db {
    pub fn backend(&self) -> Backend {
        match self {
            Db::Postgresql(_) => Backend::Postgres,
            Db::Sqlite(_) => Backend::Sqlite,
        }
    }
}

/// Rows in a map by `key`, for look-ups joined in memory (the places, categories and bodies
/// of a list of rows).
pub fn load_keyed<'q, T, K, Q>(
    conn: &mut Db,
    query: Q,
    key: impl Fn(&T) -> K,
) -> DbResult<HashMap<K, T>>
where
    Q: RunQueryDsl<Db> + LoadQuery<'q, Db, T>,
    K: Hash + Eq,
{
    Ok(query
        .load::<T>(conn)?
        .into_iter()
        .map(|row| (key(&row), row))
        .collect())
}

/// One column's values as a set.
pub fn load_set<'q, K, Q>(conn: &mut Db, column: Q) -> DbResult<HashSet<K>>
where
    Q: RunQueryDsl<Db> + LoadQuery<'q, Db, K>,
    K: Hash + Eq,
{
    Ok(column.load::<K>(conn)?.into_iter().collect())
}

/// Runs `f`'s reads in one transaction: they see one snapshot, and SQLite begins and ends
/// one read transaction for all of them rather than one per statement. Not for writes: on
/// SQLite a read transaction that turns into a write may find the database changed.
pub fn snapshot<T, E, F>(conn: &mut Db, f: F) -> Result<T, E>
where
    F: FnOnce(&mut Db) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    conn.transaction(f)
}

/// Runs `f` in a transaction that will write. On SQLite it begins `IMMEDIATE`, taking the
/// write lock first (waiting up to the busy timeout): a deferred transaction that read and
/// then tries to write fails at once with "database is locked" when another writer came
/// in between, and the citizen's grievance would be refused. Nested calls use savepoints.
pub fn write_transaction<T, E, F>(conn: &mut Db, f: F) -> Result<T, E>
where
    F: FnOnce(&mut Db) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    use diesel::connection::{AnsiTransactionManager, TransactionManager};
    let Db::Sqlite(sqlite) = conn else {
        return conn.transaction(f);
    };
    let depth =
        AnsiTransactionManager::transaction_manager_status_mut(sqlite).transaction_depth()?;
    if depth.is_some() {
        return conn.transaction(f);
    }
    AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE")?;
    let result = f(conn);
    let Db::Sqlite(sqlite) = conn else {
        unreachable!("the connection does not change its backend")
    };
    match result {
        Ok(value) => {
            AnsiTransactionManager::commit_transaction(sqlite)?;
            Ok(value)
        }
        Err(e) => {
            AnsiTransactionManager::rollback_transaction(sqlite)?;
            Err(e)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The connection pool, knowing which database it serves.
#[derive(Clone)]
pub struct Pool {
    inner: r2d2::Pool<DbManager>,
    backend: Backend,
}

impl Pool {
    /// A connection, waiting for one up to the pool's timeout.
    pub fn get(&self) -> Result<PooledDb, r2d2::PoolError> {
        self.inner.get()
    }

    pub fn state(&self) -> r2d2::State {
        self.inner.state()
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }
}

pub type PooledDb = r2d2::PooledConnection<DbManager>;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/postgres");

/// WAL lets readers run beside the single writer; FULL sync because a grievance that was
/// acknowledged must survive a power cut; the busy timeout turns writer contention into a
/// short wait instead of an error.
const SQLITE_PRAGMAS: &str = "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; \
     PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;";

/// Refreshes the query planner's statistics (PostgreSQL's autovacuum does this by itself).
/// Without them SQLite reads the dashboard's rollups through the wrong index; the rollups
/// are small, so a full analysis of them takes milliseconds, and `PRAGMA optimize` looks
/// after the rest as SQLite's documentation advises.
///
/// Only the row counts (`sqlite_stat1`) are kept. The bundled SQLite also samples values
/// (STAT4), and a statement planned with a sample in view is prepared again every time a
/// value is bound to it: every cached query of every page was parsed anew on each request
/// (a tenth of the dialogue page's time). The samples go in the same transaction, so that
/// every connection reloads the statistics without them.
pub fn optimize(conn: &mut Db) -> DbResult<()> {
    if let Db::Sqlite(c) = conn {
        c.batch_execute(
            "BEGIN IMMEDIATE; \
             ANALYZE grievance_tallies; ANALYZE open_due_tallies; ANALYZE daily_filings; \
             ANALYZE body_tallies; PRAGMA optimize; DELETE FROM sqlite_stat4; COMMIT;",
        )
        .inspect_err(|_| {
            let _ = c.batch_execute("ROLLBACK");
        })?;
    }
    Ok(())
}

/// Where the data lives, parsed from `DATABASE_URL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbTarget {
    Sqlite(PathBuf),
    Postgres(String),
}

impl DbTarget {
    /// `sqlite://relative/or/absolute/path.db`, `sqlite::memory:`, or `postgres://…`.
    pub fn parse(url: &str) -> DbResult<Self> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(DbTarget::Postgres(url.to_owned()));
        }
        if let Some(path) = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
        {
            if path.is_empty() {
                return Err(DbError::InvalidUrl(url.to_owned()));
            }
            return Ok(DbTarget::Sqlite(PathBuf::from(path)));
        }
        Err(DbError::InvalidUrl(url.to_owned()))
    }

    pub fn backend(&self) -> Backend {
        match self {
            DbTarget::Sqlite(_) => Backend::Sqlite,
            DbTarget::Postgres(_) => Backend::Postgres,
        }
    }
}

/// r2d2 manager that opens the right variant of [`Db`] and applies the SQLite pragmas to
/// every new connection (they are per connection, not per file).
#[derive(Debug, Clone)]
pub struct DbManager {
    target: DbTarget,
}

impl ManageConnection for DbManager {
    type Connection = Db;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<Db, r2d2::Error> {
        match &self.target {
            DbTarget::Sqlite(path) => {
                let path = path.to_string_lossy();
                let mut conn = diesel::SqliteConnection::establish(&path)
                    .map_err(r2d2::Error::ConnectionError)?;
                conn.batch_execute(SQLITE_PRAGMAS)
                    .map_err(r2d2::Error::QueryError)?;
                Ok(Db::Sqlite(conn))
            }
            DbTarget::Postgres(url) => establish_postgres(url)
                .map(Db::Postgresql)
                .map_err(r2d2::Error::ConnectionError),
        }
    }

    /// A PostgreSQL connection may have died with its server (a restart); an SQLite one is
    /// a file handle in this process and stays valid, so it is not asked on every check-out.
    fn is_valid(&self, conn: &mut Db) -> Result<(), r2d2::Error> {
        match conn {
            Db::Postgresql(c) => c.batch_execute("SELECT 1"),
            Db::Sqlite(_) => Ok(()),
        }
        .map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut Db) -> bool {
        match conn {
            Db::Postgresql(c) => c.is_broken(),
            Db::Sqlite(c) => c.is_broken(),
        }
    }
}

/// Opens one PostgreSQL connection. r2d2 opens connections on its own threads, so one may
/// be half-open when the process exits, while the C libraries under libpq tear themselves
/// down (SIGSEGV or abort at exit; `tests/exit_while_connecting.rs`). Every connection goes
/// through here so that neither can happen:
/// - OpenSSL is set up by us before libpq touches it, without its `atexit` clean-up;
/// - libpq does not probe for Kerberos (GSSAPI) encryption, whose library destroys its
///   locks at exit, unless the URL asks for it with `gssencmode`.
pub fn establish_postgres(url: &str) -> ConnectionResult<diesel::PgConnection> {
    openssl_sys::init();
    diesel::PgConnection::establish(&without_gss_probe(url))
}

fn without_gss_probe(url: &str) -> std::borrow::Cow<'_, str> {
    if url.contains("gssencmode=") {
        return url.into();
    }
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}gssencmode=disable").into()
}

/// Opens a pool; creates the SQLite file's folder on first start.
pub fn connect(url: &str, max_size: u32) -> DbResult<Pool> {
    connect_waiting(url, max_size, Duration::from_secs(10))
}

/// A pool whose requests wait at most `timeout` for a connection: while the database is
/// away (a restart), a request gets "try again shortly" after that long instead of hanging.
pub fn connect_waiting(url: &str, max_size: u32, timeout: Duration) -> DbResult<Pool> {
    let target = DbTarget::parse(url)?;
    if let DbTarget::Sqlite(path) = &target {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| DbError::Io(dir.display().to_string(), e))?;
        }
    }
    let backend = target.backend();
    let inner = r2d2::Pool::builder()
        .max_size(max_size)
        .connection_timeout(timeout)
        .build(DbManager { target })?;
    Ok(Pool { inner, backend })
}

/// Applies pending migrations of the connection's backend and returns their names.
/// On PostgreSQL an advisory lock keeps several nodes starting at once from racing.
pub fn run_migrations(conn: &mut Db) -> DbResult<Vec<String>> {
    const LOCK: &str = "SELECT pg_advisory_lock(4242001)";
    const UNLOCK: &str = "SELECT pg_advisory_unlock(4242001)";
    fn names<H: MigrationHarness<B>, B: diesel::backend::Backend>(
        harness: &mut H,
        migrations: EmbeddedMigrations,
    ) -> DbResult<Vec<String>> {
        let applied = harness
            .run_pending_migrations(migrations)
            .map_err(|e| DbError::Migration(e.to_string()))?;
        Ok(applied.iter().map(|v| v.to_string()).collect())
    }
    match conn {
        Db::Sqlite(c) => names(c, SQLITE_MIGRATIONS),
        Db::Postgresql(c) => {
            c.batch_execute(LOCK)?;
            let result = names(c, POSTGRES_MIGRATIONS);
            c.batch_execute(UNLOCK)?;
            result
        }
    }
}

/// Work waiting for a pooled connection right now (for the operator's metrics: when it
/// stays above zero, the pool is too small or queries too slow).
static WAITING: AtomicUsize = AtomicUsize::new(0);

pub fn waiting() -> usize {
    WAITING.load(Ordering::Relaxed)
}

/// Runs blocking diesel work on tokio's blocking pool so it never stalls the async executor.
/// The closure's error may be `DbError` or the domain `Error`: the pool's and the blocking
/// task's failures convert into either.
pub async fn interact<F, R, E>(pool: &Pool, f: F) -> Result<R, E>
where
    F: FnOnce(&mut Db) -> Result<R, E> + Send + 'static,
    R: Send + 'static,
    E: From<DbError> + Send + 'static,
{
    let pool = pool.clone();
    tokio::task::spawn_blocking(move || {
        WAITING.fetch_add(1, Ordering::Relaxed);
        let conn = pool.get();
        WAITING.fetch_sub(1, Ordering::Relaxed);
        let mut conn = conn.map_err(DbError::from)?;
        f(&mut conn)
    })
    .await
    .map_err(|e| DbError::Join(e.to_string()))?
}

/// Runs short reads (look-ups by key, one indexed range) at once on the calling task when
/// the database is SQLite and a connection is free: such reads take microseconds there, less
/// than handing them to the blocking pool and back, two thread switches on every request
/// that asks. On PostgreSQL (a network round trip) or with no connection free, it goes
/// through `interact`. Not for writes, nor for reads that may scan a table: those would hold
/// up every request on this worker thread. Used by the session check and the room view.
pub async fn read_now<F, R, E>(pool: &Pool, f: F) -> Result<R, E>
where
    F: FnOnce(&mut Db) -> Result<R, E> + Send + 'static,
    R: Send + 'static,
    E: From<DbError> + Send + 'static,
{
    if pool.backend == Backend::Sqlite {
        if let Some(mut conn) = pool.inner.try_get() {
            return f(&mut conn);
        }
    }
    interact(pool, f).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_database_urls() {
        assert_eq!(
            DbTarget::parse("sqlite://data/kenes.db").unwrap(),
            DbTarget::Sqlite("data/kenes.db".into())
        );
        assert_eq!(
            DbTarget::parse("sqlite:///var/lib/kenes.db").unwrap(),
            DbTarget::Sqlite("/var/lib/kenes.db".into())
        );
        assert_eq!(
            DbTarget::parse("postgres://u:p@h/db").unwrap().backend(),
            Backend::Postgres
        );
        assert!(matches!(
            DbTarget::parse("mysql://x"),
            Err(DbError::InvalidUrl(_))
        ));
        assert!(DbTarget::parse("sqlite://").is_err());
    }

    /// The bundled SQLite is built with the query planner's stability guarantee
    /// (`.cargo/config.toml`): without it, every statement with `LIMIT ?` is prepared anew
    /// each time it runs.
    #[test]
    fn sqlite_plans_do_not_depend_on_bound_values() {
        #[derive(diesel::QueryableByName)]
        struct Used {
            #[diesel(sql_type = diesel::sql_types::Integer)]
            used: i32,
        }
        let pool = connect("sqlite::memory:", 1).unwrap();
        let mut conn = pool.get().unwrap();
        let Db::Sqlite(c) = &mut *conn else {
            unreachable!("an SQLite URL")
        };
        let option: Used =
            diesel::sql_query("SELECT sqlite_compileoption_used('ENABLE_QPSG') AS used")
                .get_result(c)
                .unwrap();
        assert_eq!(option.used, 1);
    }

    #[test]
    fn postgres_urls_skip_the_kerberos_probe_unless_asked() {
        assert_eq!(
            without_gss_probe("postgres://u:p@h/db"),
            "postgres://u:p@h/db?gssencmode=disable"
        );
        assert_eq!(
            without_gss_probe("postgres://u@h/db?sslmode=require"),
            "postgres://u@h/db?sslmode=require&gssencmode=disable"
        );
        assert_eq!(
            without_gss_probe("postgres://u@h/db?gssencmode=require"),
            "postgres://u@h/db?gssencmode=require"
        );
    }
}
