//! Granting and revoking staff roles. Every change needs an administrator (checked here,
//! not by the caller) except the bootstrap grant from the command line, and every change is
//! written to the audit log.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::audit::{self, Client};
use crate::db::Db;
use crate::error::{DbError, Error};
use crate::permissions::{allowed, Action, Grant, Level, Role};
use crate::schema::{jurisdictions, role_grants, users};

type Row = (i64, String, Option<String>, Option<String>, Option<String>);
/// The columns of a `Row`.
const GRANT_COLUMNS: (
    role_grants::id,
    role_grants::role,
    role_grants::body_code,
    role_grants::level_code,
    role_grants::jurisdiction_kato,
) = (
    role_grants::id,
    role_grants::role,
    role_grants::body_code,
    role_grants::level_code,
    role_grants::jurisdiction_kato,
);
/// id, e-mail, role, body, level, jurisdiction, granted at.
type ListedRow = (
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    NaiveDateTime,
);

fn to_grant((_, role, body, level, kato): Row) -> Option<Grant> {
    Some(Grant {
        role: Role::parse(&role)?,
        body,
        level: level.as_deref().and_then(Level::parse),
        kato,
    })
}

/// The user's active grants.
///
/// Every signed-in request reads these (the session's rights, then the page's actor), so
/// the query is not boxed and runs on the backend's own connection: its prepared statement
/// is reused instead of its SQL being written out again each time.
pub fn active_grants(conn: &mut Db, user_id: i64) -> Result<Vec<Grant>, DbError> {
    let rows: Vec<Row> = crate::natively!(conn, |c| role_grants::table
        .filter(role_grants::revoked_at.is_null())
        .filter(role_grants::user_id.eq(user_id))
        .order(role_grants::id)
        .select(GRANT_COLUMNS)
        .load(c)?);
    Ok(rows.into_iter().filter_map(to_grant).collect())
}

/// Everyone holding `role` now, with each grant (a user may hold several), by user id.
pub fn holders(conn: &mut Db, role: Role) -> Result<Vec<(i64, Grant)>, DbError> {
    let rows: Vec<(i64, Row)> = role_grants::table
        .filter(role_grants::revoked_at.is_null())
        .filter(role_grants::role.eq(role))
        .order((role_grants::user_id, role_grants::id))
        .select((role_grants::user_id, GRANT_COLUMNS))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(user, row)| to_grant(row).map(|g| (user, g)))
        .collect())
}

/// An active grant as the administration page lists it.
#[derive(Debug, Clone)]
pub struct GrantRow {
    pub id: i64,
    pub email: String,
    pub grant: Grant,
    pub granted_at: NaiveDateTime,
}

pub fn list_active(conn: &mut Db, actor: i64) -> Result<Vec<GrantRow>, Error> {
    require_admin(conn, actor)?;
    let rows: Vec<ListedRow> = role_grants::table
        .inner_join(users::table)
        .filter(role_grants::revoked_at.is_null())
        .order(role_grants::id)
        .select((
            role_grants::id,
            users::email,
            role_grants::role,
            role_grants::body_code,
            role_grants::level_code,
            role_grants::jurisdiction_kato,
            role_grants::granted_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, email, role, body, level, kato, granted_at)| {
            let grant = to_grant((id, role, body, level, kato))?;
            Some(GrantRow {
                id,
                email,
                grant,
                granted_at,
            })
        })
        .collect())
}

fn require_admin(conn: &mut Db, actor: i64) -> Result<(), Error> {
    if allowed(&active_grants(conn, actor)?, Action::ManageRoles) {
        Ok(())
    } else {
        Err(Error::Forbidden)
    }
}

/// Grants a role; `actor` must be an administrator (`None`: the command line, for the
/// first administrator).
pub fn grant(
    conn: &mut Db,
    actor: Option<i64>,
    email: &str,
    grant: &Grant,
    client: &Client,
    now: NaiveDateTime,
) -> Result<i64, Error> {
    crate::db::write_transaction(conn, |conn| {
        if let Some(actor) = actor {
            require_admin(conn, actor)?;
        }
        if let Some(field) = grant.missing_scope() {
            return Err(Error::invalid(field, "scope-required"));
        }
        if let Some(kato) = &grant.kato {
            let known: i64 = jurisdictions::table.find(kato).count().get_result(conn)?;
            if known == 0 {
                return Err(Error::invalid("kato", "unknown-kato"));
            }
        }
        let (user_id, _) = crate::accounts::by_email(conn, email)?
            .ok_or(Error::invalid("email", "unknown-user"))?;
        let id: i64 = diesel::insert_into(role_grants::table)
            .values((
                role_grants::user_id.eq(user_id),
                role_grants::role.eq(grant.role),
                role_grants::body_code.eq(&grant.body),
                role_grants::level_code.eq(grant.level.map(Level::as_str)),
                role_grants::jurisdiction_kato.eq(&grant.kato),
                role_grants::granted_by.eq(actor),
                role_grants::granted_at.eq(now),
            ))
            .returning(role_grants::id)
            .get_result(conn)?;
        let subject = format!("grant {id}: {} to user {user_id}", grant.role.as_str());
        audit::record(conn, actor, "role_granted", Some(&subject), client, now)?;
        Ok(id)
    })
}

pub fn revoke(
    conn: &mut Db,
    actor: i64,
    grant_id: i64,
    client: &Client,
    now: NaiveDateTime,
) -> Result<(), Error> {
    crate::db::write_transaction(conn, |conn| {
        require_admin(conn, actor)?;
        let n = diesel::update(
            role_grants::table
                .find(grant_id)
                .filter(role_grants::revoked_at.is_null()),
        )
        .set((
            role_grants::revoked_at.eq(now),
            role_grants::revoked_by.eq(actor),
        ))
        .execute(conn)?;
        if n == 0 {
            return Err(Error::NotFound);
        }
        audit::record(
            conn,
            Some(actor),
            "role_revoked",
            Some(&format!("grant {grant_id}")),
            client,
            now,
        )?;
        Ok(())
    })
}
