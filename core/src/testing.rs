//! Fresh, throw-away databases for tests on both backends.
//!
//! PostgreSQL tests need `KENES_TEST_POSTGRES_URL` (an account allowed to create
//! databases, e.g. `postgres://kenes:kenes@127.0.0.1:5432/postgres`); `make test` starts the
//! server and sets it. Without it the PostgreSQL tests fail loudly rather than skip.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use rand::Rng;

use crate::db::Backend;

pub const POSTGRES_ENV: &str = "KENES_TEST_POSTGRES_URL";

/// A database that exists for one test and is removed afterwards.
pub struct TestDatabase {
    pub url: String,
    pub backend: Backend,
    _dir: Option<tempfile::TempDir>,
    pg_admin: Option<(String, String)>,
}

impl TestDatabase {
    pub fn new(backend: Backend) -> Self {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}", dir.path().join("kenes.db").display());
                Self {
                    url,
                    backend,
                    _dir: Some(dir),
                    pg_admin: None,
                }
            }
            Backend::Postgres => {
                let admin = std::env::var(POSTGRES_ENV).unwrap_or_else(|_| {
                    panic!("{POSTGRES_ENV} is not set: PostgreSQL tests need a server (run `make test`)")
                });
                let name = format!("kenes_test_{:016x}", rand::rng().random::<u64>());
                let mut conn = crate::db::establish_postgres(&admin)
                    .unwrap_or_else(|e| panic!("cannot reach PostgreSQL at {admin}: {e}"));
                conn.batch_execute(&format!("CREATE DATABASE {name}"))
                    .expect("create test database");
                let base = admin
                    .rsplit_once('/')
                    .map(|(b, _)| b)
                    .expect("URL with a database");
                let url = format!("{base}/{name}");
                Self {
                    url,
                    backend,
                    _dir: None,
                    pg_admin: Some((admin, name)),
                }
            }
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Some((admin, name)) = &self.pg_admin {
            if let Ok(mut conn) = crate::db::establish_postgres(admin) {
                let _ = conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
        }
    }
}

/// A fresh database with every migration applied and the reference data loaded, and a
/// small pool on it. Keep the `TestDatabase` alive for as long as the pool is used.
pub async fn migrated(backend: Backend) -> (TestDatabase, crate::Pool) {
    let tdb = TestDatabase::new(backend);
    let pool = crate::db::connect(&tdb.url, 2).expect("pool");
    crate::db::interact(&pool, |c| {
        crate::db::run_migrations(c)?;
        crate::reference::load(c)?;
        Ok::<_, crate::DbError>(())
    })
    .await
    .expect("migrations and reference data");
    (tdb, pool)
}

/// Declares one test per backend: `both_backends!(name => async_fn, …)` makes `name::sqlite`
/// and `name::postgres`, each calling `async_fn(Backend)`. A leading `#[attr]` replaces the
/// default `#[tokio::test]` (the server's tests use `#[actix_web::test]`).
#[macro_export]
macro_rules! both_backends {
    (#[$attr:meta] $($name:ident => $body:ident),* $(,)?) => {$(
        mod $name {
            #[$attr]
            async fn sqlite() {
                super::$body($crate::Backend::Sqlite).await
            }
            #[$attr]
            async fn postgres() {
                super::$body($crate::Backend::Postgres).await
            }
        }
    )*};
    ($($name:ident => $body:ident),* $(,)?) => {
        $crate::both_backends!(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            $($name => $body),*
        );
    };
}

/// The `p` quantile (0 to 1) of sorted timings, in milliseconds: what the benches report.
pub fn percentile_ms(sorted: &[std::time::Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i].as_secs_f64() * 1000.0
}

/// The site test mails link to.
pub fn site() -> crate::mail::Site {
    crate::mail::Site::new("http://kenes.test")
}

/// Signs up a confirmed-password account (its verification mail stays in the outbox) and
/// returns its id.
pub fn account(
    c: &mut crate::Db,
    email: &str,
    name: &str,
    locale: &str,
    at: chrono::NaiveDateTime,
) -> i64 {
    use crate::accounts::{self, SignUp};
    use crate::schema::users;
    let input = SignUp {
        email: email.into(),
        display_name: name.into(),
        password: "a-long-enough-password".into(),
        locale: locale.into(),
        next: None,
    };
    accounts::sign_up(c, &input, &crate::audit::Client::default(), &site(), at).expect("sign-up");
    users::table
        .filter(users::email.eq(accounts::normalize_email(email).expect("an address")))
        .select(users::id)
        .first(c)
        .expect("the new account")
}

/// The kinds of the alerts `ids` (as a sweep returns them), in their order.
pub fn alert_kinds(c: &mut crate::Db, ids: &[i64]) -> Vec<String> {
    ids.iter()
        .map(|id| {
            let view = crate::oversight::alerts::view(c, *id).expect("an alert");
            view.expect("a raised alert").alert.kind.to_string()
        })
        .collect()
}

/// A fault for tests: from now on, queuing a mail to `recipient` fails inside the database,
/// as a full disk or a lost connection would at that moment. Whatever was written before in
/// the same transaction must then be undone.
pub fn refuse_mail_to(c: &mut crate::Db, recipient: &str) {
    let quoted = recipient.replace('\'', "''");
    let sql = match c {
        crate::Db::Sqlite(_) => format!(
            "CREATE TRIGGER refuse_mail BEFORE INSERT ON mail_outbox \
             WHEN NEW.recipient = '{quoted}' BEGIN SELECT RAISE(ABORT, 'mail refused'); END;"
        ),
        crate::Db::Postgresql(_) => format!(
            "CREATE FUNCTION refuse_mail() RETURNS trigger AS $$ BEGIN \
               IF NEW.recipient = '{quoted}' THEN RAISE EXCEPTION 'mail refused'; END IF; \
               RETURN NEW; END $$ LANGUAGE plpgsql; \
             CREATE TRIGGER refuse_mail BEFORE INSERT ON mail_outbox \
               FOR EACH ROW EXECUTE FUNCTION refuse_mail();"
        ),
    };
    c.batch_execute(&sql).expect("install the mail fault");
}
